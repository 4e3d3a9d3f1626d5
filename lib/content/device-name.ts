import type { DeviceFile } from './schemas';

/** A device as readers name it: brand, then model (`Apple MacBook Air 13" (M4)`). */
export function deviceName(device: Pick<DeviceFile, 'brand' | 'model'>): string {
  return `${device.brand} ${device.model}`;
}
