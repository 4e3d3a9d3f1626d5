'use client';

import { useEffect } from 'react';

/**
 * The header menus are <details> elements and work without JavaScript. With it, they also
 * close as readers expect: on Escape (focus returns to the menu button), on a click
 * outside, and when another menu opens.
 */
export default function MenuCloser() {
  useEffect(() => {
    const menus = () => Array.from(document.querySelectorAll<HTMLDetailsElement>('details[data-menu][open]'));
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      for (const m of menus()) {
        m.open = false;
        if (m.contains(document.activeElement)) m.querySelector('summary')?.focus();
      }
    };
    const onClick = (e: MouseEvent) => {
      for (const m of menus()) if (!m.contains(e.target as Node)) m.open = false;
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('click', onClick);
    };
  }, []);
  return null;
}
