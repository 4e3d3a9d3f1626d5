import type { Formats } from 'next-intl';

/** Named date and number formats; every date is shown in Paris time (see request.ts). */
export const formats = {
  dateTime: {
    long: { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' },
    day: { day: 'numeric', month: 'long', year: 'numeric' },
    short: { day: 'numeric', month: 'short', year: 'numeric' },
    dayMonth: { day: 'numeric', month: 'short' },
  },
  number: {
    euros: { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 },
    percent: { style: 'percent', maximumFractionDigits: 0 },
  },
} satisfies Formats;
