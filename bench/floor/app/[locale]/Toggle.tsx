'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';

/** The one interactive thing on the page. */
export default function Toggle() {
  const t = useTranslations('page');
  const [open, setOpen] = useState(false);
  return (
    <p>
      <button type="button" className="rounded border px-3 py-1" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
        {open ? t('hide') : t('toggle')}
      </button>
    </p>
  );
}
