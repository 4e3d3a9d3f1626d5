import { getFormatter, getTranslations } from 'next-intl/server';
import type { Device } from '@/lib/content/model';
import { specLines } from './specLines';

/** A device's specifications as a definition list. */
export default async function DeviceSpecs({ device, detail = 'key', className = '' }: { device: Device; detail?: 'key' | 'full'; className?: string }) {
  const [t, f] = await Promise.all([getTranslations('specs'), getFormatter()]);
  return (
    <dl className={`grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm ${className}`}>
      {specLines(device, t, f, detail).map((s) => (
        <div key={s.key} className="contents">
          <dt className="text-muted">{s.label}</dt>
          <dd className="font-medium">{s.value}</dd>
        </div>
      ))}
    </dl>
  );
}
