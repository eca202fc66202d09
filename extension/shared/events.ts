// Broadcast by the background to extension pages after a new board was stored. Its own tiny module,
// so pages that only listen do not load the message checks.
export const BOARD_UPDATED = 'board-updated';
