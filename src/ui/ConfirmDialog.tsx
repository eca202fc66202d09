// A modal question with big buttons (native <dialog>: focus trap and Escape for free).
import { useRef } from 'preact/hooks';
import { useI18n } from '../i18n/i18n';
import { useModal } from './use-modal';

export function ConfirmDialog(props: {
  message: string;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { m } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  useModal(ref);
  return (
    <dialog ref={ref} class="dialog" aria-labelledby="confirm-msg" onCancel={props.onCancel}>
      <p id="confirm-msg">{props.message}</p>
      <div class="row end">
        <button type="button" class="btn ghost" onClick={props.onCancel}>
          {m.common.cancel}
        </button>
        <button type="button" class={props.danger ? 'btn danger' : 'btn'} onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
