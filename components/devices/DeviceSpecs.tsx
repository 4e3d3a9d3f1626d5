import { getFormatter, getTranslations } from 'next-intl/server';
import type { Device } from '@/lib/content/model';
import { specLines } from './specLines';

/** A device's specifications as a definition list. */
export default async function DeviceSpecs({ device, detail = 'key', className = '' }: { device: Device; detail?: 'key' | 'full'; className?: string }) {
  const [t, f] = await Promise.all([getTranslations('specs'), getFormatter()]);
  return (
    <dl className={`specs ${className}`}>
      {specLines(device, t, f, detail).flatMap((s) => [<dt key={`${s.key}-t`}>{s.label}</dt>, <dd key={`${s.key}-d`}>{s.value}</dd>])}
    </dl>
  );
}
