import type { ReactNode } from 'react';

/**
 * A header menu built on <details>: it opens with a click, Enter or Space and works without
 * JavaScript. MenuCloser adds Escape and click-outside where scripts run.
 */
export default function DisclosureMenu({
  id,
  summary,
  title,
  children,
  align = 'left',
  width,
  summaryClassName,
  current,
}: {
  id: string;
  summary: ReactNode;
  title: string;
  children: ReactNode;
  align?: 'left' | 'right';
  width: string;
  summaryClassName: string;
  current?: boolean;
}) {
  return (
    <details className="group relative" data-menu>
      <summary className={`flex items-center gap-1 ${summaryClassName}`} aria-current={current ? 'page' : undefined}>
        {summary}
        <span aria-hidden="true" className="menu-caret">▾</span>
      </summary>
      <div className={`menu-panel ${align === 'left' ? 'left-0' : 'right-0'} ${width}`}>
        {/* The summary names the menu for assistive technology; this title is for the eye. */}
        <p className="px-2 pt-1 pb-2 text-sm font-semibold text-muted" id={`${id}-title`}>
          {title}
        </p>
        <ul className="menu-list max-h-[70vh] overflow-y-auto">
          {children}
        </ul>
      </div>
    </details>
  );
}
