// Forget the stored board (end of the school year, a shared PC): asks once, then clears the store.
import { useState } from 'preact/hooks';
import type { ExtensionMessages as Messages } from '../../src/i18n/messages';
import { ext } from '../shared/browser';

export function RemoveBoard(props: { m: Messages; onRemoved: (text: string) => void }) {
  const x = props.m.extension;
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button type="button" class="btn ghost" onClick={() => setAsking(true)}>
        {x.removeBoard}
      </button>
    );
  return (
    <fieldset class="confirm">
      <legend>{x.removeBoardConfirm}</legend>
      <div class="row">
        <button
          type="button"
          class="btn danger"
          onClick={async () => {
            const res = (await ext.runtime.sendMessage({ type: 'clear-board' }).catch(() => null)) as {
              ok?: boolean;
            } | null;
            setAsking(false);
            props.onRemoved(res?.ok ? x.removed : x.importRefused['store-failed']);
          }}
        >
          {x.removeBoardYes}
        </button>
        <button type="button" class="btn" onClick={() => setAsking(false)}>
          {props.m.common.cancel}
        </button>
      </div>
    </fieldset>
  );
}
