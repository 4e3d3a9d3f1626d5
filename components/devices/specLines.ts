import type { getFormatter, getTranslations } from 'next-intl/server';
import type { Device, Laptop, Tablet } from '@/lib/content/model';

type T = Awaited<ReturnType<typeof getTranslations<'specs'>>>;
type F = Awaited<ReturnType<typeof getFormatter>>;

export type SpecKey = 'cpu' | 'gpu' | 'screen' | 'weight' | 'battery' | 'chip' | 'size' | 'panel' | 'resolution' | 'refresh' | 'brightness' | 'ram' | 'storage' | 'os' | 'responseTime';

type Cpu = Laptop['specs']['cpu'];
type Gpu = Laptop['specs']['gpu'];
type Os = Laptop['specs']['os'] | Tablet['specs']['os'];

/** "Apple M4 (10 cœurs)", "Intel Core i9-14900HX (24 cœurs, 32 threads)": counts go through the messages. */
export function processorText(cpu: Cpu | { name: string; cores?: number }, t: T): string {
  if (cpu.cores === undefined) return cpu.name;
  const threads = 'threads' in cpu ? cpu.threads : undefined;
  return threads !== undefined && threads > cpu.cores
    ? t('cpuThreadsLine', { name: cpu.name, cores: cpu.cores, threads })
    : t('cpuLine', { name: cpu.name, cores: cpu.cores });
}

/** "Intel Arc 140V (intégrée)", "Nvidia GeForce RTX 5070 Ti Laptop (dédiée, 12 Go)". */
export function gpuText(gpu: Gpu, t: T, f: F): string {
  if (gpu.type === 'dedicated') return t('gpuDedicated', { name: gpu.name, vram: f.number(gpu.vram ?? 0, { maximumFractionDigits: 0 }) });
  return gpu.cores !== undefined ? t('gpuIntegratedCores', { name: gpu.name, cores: gpu.cores }) : t('gpuIntegrated', { name: gpu.name });
}

/** "Windows 11 Famille", "Android 16 (One UI 8.5)": family and edition in the reader's language. */
export function osText(os: Os, t: T): string {
  const base = [t(`osNames.${os.family}`), os.version, os.edition && t(`osEditions.${os.edition}`)].filter(Boolean).join(' ');
  return 'skin' in os && os.skin ? t('osSkin', { os: base, skin: os.skin }) : base;
}

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
  const screen = (s: Laptop['specs']['screen']) =>
    t('screenLine', { size: n(s.size), resolution: s.resolution.replace('x', '×'), refresh: s.refresh, panel: s.panel });
  switch (device.kind) {
    case 'laptop': {
      const s = device.specs;
      const lines = [
        line('cpu', processorText(s.cpu, t)),
        line('gpu', gpuText(s.gpu, t, f)),
        line('screen', screen(s.screen)),
        line('weight', t('kilograms', { value: n(s.weight / 1000, 2) })),
        line('battery', t('wattHours', { value: n(s.battery) })),
      ];
      return detail === 'full' ? [...lines, line('ram', t('gigabytes', { value: s.ram })), line('storage', storage(s.storage)), line('os', osText(s.os, t))] : lines;
    }
    case 'tablet':
    case 'smartphone': {
      const s = device.specs;
      const lines = [
        line('chip', processorText(s.chip, t)),
        ...(s.gpu ? [line('gpu', gpuText(s.gpu, t, f))] : []),
        line('screen', screen(s.screen)),
        line('weight', t('grams', { value: n(s.weight, 0) })),
        line('battery', s.battery !== undefined ? t('milliampHours', { value: n(s.battery, 0) }) : t('wattHours', { value: n(s.batteryWh!) })),
      ];
      return detail === 'full' ? [...lines, line('storage', storage(s.storage)), line('os', osText(s.os, t))] : lines;
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
