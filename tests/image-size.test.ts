import assert from 'node:assert/strict';
import { test } from 'node:test';
import { imageSize, unsafeSvg } from '@/lib/content/image-size';

test('the size is read from the header of each format', () => {
  const png = Buffer.alloc(33);
  png.write('IHDR', 12, 'ascii');
  png.writeUInt32BE(1200, 16);
  png.writeUInt32BE(675, 20);
  assert.deepEqual(imageSize(png, 'png'), { width: 1200, height: 675 });

  const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x02, 0xa3, 0x04, 0xb0, 0, 0, 0, 0, 0, 0, 0]);
  assert.deepEqual(imageSize(jpeg, 'jpeg'), { width: 1200, height: 675 });

  const webp = Buffer.alloc(30);
  webp.write('RIFF', 0, 'ascii');
  webp.write('WEBPVP8X', 8, 'ascii');
  webp.writeUIntLE(1199, 24, 3);
  webp.writeUIntLE(674, 27, 3);
  assert.deepEqual(imageSize(webp, 'webp'), { width: 1200, height: 675 });

  assert.deepEqual(imageSize(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 675">'), 'svg'), { width: 1200, height: 675 });
  assert.deepEqual(imageSize(Buffer.from('<svg width="640px" height="360px">'), 'svg'), { width: 640, height: 360 });
  assert.equal(imageSize(Buffer.from('not an image'), 'png'), undefined);
});

test('an SVG must be inert and self-contained', () => {
  assert.equal(unsafeSvg('<svg><rect/></svg>'), undefined);
  for (const bad of ['<svg><script/></svg>', '<svg onload="x()">', '<svg><foreignObject/></svg>', '<svg><image href="https://evil.example/x.png"/></svg>', '<svg><a href="javascript:x()"/></svg>'])
    assert.ok(unsafeSvg(bad), bad);
});
