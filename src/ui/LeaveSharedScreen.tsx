// The one way off a shared screen (/board, /pupil) back to teacher screens.
// The noticing issue's teacher PIN guards it when a PIN is set.
import type { ComponentChildren } from 'preact';
import { navigate } from '../router';

export function LeaveSharedScreen(props: { to: string; class?: string; children: ComponentChildren }) {
  return (
    <button type="button" class={props.class ?? 'btn'} onClick={() => navigate(props.to)}>
      {props.children}
    </button>
  );
}
