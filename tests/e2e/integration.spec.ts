// Across features, as a class would live it: a pupil's words wait for the teacher before the board
// shows them (issue 3), and the dream the class builds rotates onto the board as its tree (issue 5).
// The board is open in a second tab the whole time and never reloads.
import { createClass } from './classes';
import { expect, test } from './fixtures';

const WORDS = 'Kari hjalp meg å finne lua mi';

test('a pupil submits -> the board does not show it -> the teacher approves -> the board shows it; the dream tree and the IRP timer join the board', async ({
  page,
  context,
}) => {
  const classId = await createClass(page, { name: '6B', pupils: ['Ola', 'Kari'] });

  // The board on the "smartboard": a second tab, open from the start.
  const board = await context.newPage();
  await board.setViewportSize({ width: 1280, height: 720 });
  await board.goto(`/board?class=${classId}`);
  await expect(
    board.getByRole('heading', { name: 'Her kommer styrkene vi ser hos hverandre' }),
  ).toBeVisible();

  // Pupil mode: Ola noticed Kari.
  await page.goto(`/pupil?class=${classId}`);
  await page.getByRole('list', { name: 'Hvem er du?' }).getByRole('button', { name: 'Ola' }).click();
  await page
    .getByRole('list', { name: 'Hvem så du en styrke hos?' })
    .getByRole('button', { name: 'Kari' })
    .click();
  await page.getByRole('button', { name: 'Hjelpsomhet', exact: true }).click();
  await page.getByLabel('Skriv hva du så').fill(WORDS);
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('heading', { name: 'Takk!' })).toBeVisible();

  // Waiting: the board does not show it.
  await board.waitForTimeout(1500);
  await expect(board.getByText(WORDS)).toHaveCount(0);
  await expect(
    board.getByRole('heading', { name: 'Her kommer styrkene vi ser hos hverandre' }),
  ).toBeVisible();

  // The teacher approves it in the queue.
  await page.getByRole('button', { name: 'Avslutt elevmodus' }).click();
  await page.getByRole('link', { name: 'Til godkjenning, 1 venter' }).click();
  await page
    .getByRole('listitem', { name: 'Ola så hjelpsomhet hos Kari' })
    .getByRole('button', { name: 'Godkjenn' })
    .click();
  await expect(page.getByRole('status')).toContainText('Godkjent.');

  // The board shows it, live, with the strength and the pupil's first name.
  await expect(board.getByText(WORDS)).toBeVisible();
  await expect(board.getByText('Kari', { exact: true })).toBeVisible();
  await expect(board.getByText('Hjelpsomhet')).toBeVisible();

  // The class builds its dream: three dreams and two principles.
  await page.goto(`/class/${classId}/dream`);
  const steps = page.getByRole('navigation', { name: 'Stegene i drømmen' });
  await steps.getByRole('button', { name: /Drømmene/ }).click();
  for (const d of ['Alle har noen å være med', 'Vi hjelper hverandre å lære', 'Det er rolig når vi jobber']) {
    await page.getByLabel('Ny drøm').fill(d);
    await page.getByLabel('Ny drøm').press('Enter');
  }
  await expect(page.getByRole('list', { name: 'Drømmene' }).getByRole('listitem')).toHaveCount(3);
  await steps.getByRole('button', { name: /Prinsippene/ }).click();
  for (const p of ['Vi respekterer alle', 'Vi inkluderer hverandre']) {
    await page.getByLabel('Nytt prinsipp').fill(p);
    await page.getByRole('button', { name: 'Legg til' }).click();
  }
  await expect(page.getByRole('list', { name: 'Prinsippene' }).getByRole('listitem')).toHaveCount(2);

  // The board rotates the tree card in between recognitions (clicker: PageDown).
  const tree = board.getByRole('img', { name: 'Drømmetreet vårt' });
  for (let i = 0; i < 12 && !(await tree.isVisible()); i++) {
    await board.keyboard.press('PageDown');
    await board.waitForTimeout(150);
  }
  await expect(tree).toBeVisible();
  await expect(tree.locator('.fruit')).toHaveCount(3);
  await expect(tree.locator('.root')).toHaveCount(2);
  await expect(tree).toContainText('Vi inkluderer hverandre');

  // The IRP timer, started from the board, runs on the shared screen and closes back to the board.
  await board.mouse.move(200, 200);
  await board.getByRole('link', { name: /IRP-tidtaker/ }).click();
  await expect(board.getByRole('timer')).toHaveText('1:00');
  await expect(board.locator('header.topbar')).toHaveCount(0);
  await board.getByRole('button', { name: /Lukk tidtakeren/ }).click();
  await expect(board).toHaveURL(`/board?class=${classId}`);
  await expect(board.getByRole('toolbar').or(board.locator('.board-exit')).first()).toBeAttached();
});
