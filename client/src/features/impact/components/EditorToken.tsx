// The editor's token: pasted once, kept for this browser session, sent with every request.
import { useState } from 'react';
import { editorToken, setEditorToken } from '../../../lib/editor-token.ts';
import { useLanguage } from '../../../lib/language.tsx';

export function EditorToken() {
  const { t } = useLanguage();
  const [saved, setSaved] = useState(() => editorToken() !== null);
  const [text, setText] = useState('');
  if (saved) {
    return (
      <p className="editor-token">
        <span className="badge badge--muted">{t('token.saved')}</span>
        <button
          type="button"
          className="button button--quiet"
          data-testid="token-clear"
          onClick={() => {
            setEditorToken(null);
            setSaved(false);
          }}
        >
          {t('token.clear')}
        </button>
      </p>
    );
  }
  return (
    <p className="editor-token">
      <label>
        <span className="field-label">{t('token.label')}</span>
        <input
          className="input"
          type="password"
          value={text}
          autoComplete="off"
          placeholder={t('token.placeholder')}
          data-testid="token-input"
          onChange={(event) => setText(event.target.value)}
        />
      </label>
      <button
        type="button"
        className="button"
        disabled={!text.trim()}
        data-testid="token-save"
        onClick={() => {
          setEditorToken(text);
          setText('');
          setSaved(true);
        }}
      >
        {t('token.save')}
      </button>
      <span className="muted">{t('token.hint')}</span>
    </p>
  );
}
