import type { getFormatter, getTranslations } from 'next-intl/server';
import type { Device } from '@/lib/content/model';

type T = Awaited<ReturnType<typeof getTranslations<'specs'>>>;
type F = Awaited<ReturnType<typeof getFormatter>>;

export type SpecKey = 'cpu' | 'gpu' | 'screen' | 'weight' | 'battery' | 'chip' | 'size' | 'panel' | 'resolution' | 'refresh' | 'brightness' | 'ram' | 'storage' | 'os' | 'responseTime';

/**
 * The key specifications of a device for its form factor, as label/value pairs in the
 * reader's language and number format. Laptops: processor, graphics, screen, weight,
 * battery; tablets and phones: chip, screen, weight, battery; monitors: size, panel,
 * resolution, refresh rate, brightness.
 */
export function specLines(device: Device, t: T, f: F, detail: 'key' | 'full' = 'key'): { key: SpecKey; label: string; value: string }[] {
  const n = (v: number, digits = 1) => f.number(v, { maximumFractionDigits: digits });
  const storage = (gb: number) => (gb >= 1024 ? t('terabytes', { value: n(gb / 1024) }) : t('gigabytes', { value: n(gb, 0) }));
  const line = (key: SpecKey, value: string) => ({ key, label: t(key), value });
  switch (device.kind) {
    case 'laptop': {
      const s = device.specs;
      const lines = [
        line('cpu', s.cpu),
        line('gpu', s.gpu),
        line('screen', t('screenLine', { size: n(s.screen.size), resolution: s.screen.resolution.replace('x', '×'), refresh: s.screen.refresh, panel: s.screen.panel })),
        line('weight', t('kilograms', { value: n(s.weight / 1000, 2) })),
        line('battery', t('wattHours', { value: n(s.battery) })),
      ];
      return detail === 'full' ? [...lines, line('ram', t('gigabytes', { value: s.ram })), line('storage', storage(s.storage)), line('os', s.os)] : lines;
    }
    case 'tablet':
    case 'smartphone': {
      const s = device.specs;
      const lines = [
        line('chip', s.chip),
        line('screen', t('screenLine', { size: n(s.screen.size), resolution: s.screen.resolution.replace('x', '×'), refresh: s.screen.refresh, panel: s.screen.panel })),
        line('weight', t('grams', { value: n(s.weight, 0) })),
        line('battery', s.battery !== undefined ? t('milliampHours', { value: n(s.battery, 0) }) : t('wattHours', { value: n(s.batteryWh!) })),
      ];
      return detail === 'full' ? [...lines, line('storage', storage(s.storage)), line('os', s.os)] : lines;
    }
    case 'monitor': {
      const s = device.specs;
      const lines = [
        line('size', t('inches', { value: n(s.size) })),
        line('panel', s.panel),
        line('resolution', s.resolution.replace('x', '×')),
        line('refresh', t('hertz', { value: s.refresh })),
        line('brightness', t('nits', { value: n(s.brightness, 0) })),
      ];
      return detail === 'full' && s.responseTime !== undefined ? [...lines, line('responseTime', t('milliseconds', { value: n(s.responseTime) }))] : lines;
    }
  }
}
