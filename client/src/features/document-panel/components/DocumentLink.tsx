import type { MouseEvent } from 'react';
import { useLanguage } from '../../../lib/language.tsx';
import { documentPath } from '../../../lib/router.ts';

type DocumentLinkProps = {
  id: string;
  number: string | null;
  title: string | null;
  onOpen: (id: string) => void;
};

/** A real link, so a middle click opens a new tab; a plain click opens the document in place. */
export function DocumentLink({ id, number, title, onOpen }: DocumentLinkProps) {
  const { t } = useLanguage();
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onOpen(id);
  }
  return (
    <a className="document-link" href={documentPath(id)} onClick={handleClick} title={t('panel.openDocument')}>
      {number ?? title ?? id}
    </a>
  );
}
