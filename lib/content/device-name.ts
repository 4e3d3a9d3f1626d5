import type { Device } from './schemas';

/** A device as readers name it: brand, then model (`Apple MacBook Air 13" (M4)`). */
export function deviceName(device: Pick<Device, 'brand' | 'model'>): string {
  return `${device.brand} ${device.model}`;
}
