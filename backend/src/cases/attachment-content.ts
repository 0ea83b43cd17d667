/**
 * The first bytes of each binary type we accept. A declared type whose bytes say otherwise is refused, so a renamed
 * executable cannot pass as a scan. Office Open XML files are zip archives; legacy Office files are OLE2 compound files.
 */
const SIGNATURES: Record<string, readonly (readonly number[])[]> = {
  'application/pdf': [[0x25, 0x50, 0x44, 0x46]],
  'image/jpeg': [[0xff, 0xd8, 0xff]],
  'image/png': [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  'application/msword': [[0xd0, 0xcf, 0x11, 0xe0]],
  'application/vnd.ms-excel': [[0xd0, 0xcf, 0x11, 0xe0]],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': [[0x50, 0x4b, 0x03, 0x04]],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': [[0x50, 0x4b, 0x03, 0x04]],
  'audio/mpeg': [
    [0x49, 0x44, 0x33],
    [0xff, 0xfb],
    [0xff, 0xf3],
    [0xff, 0xf2],
  ],
};

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);

/** True when the bytes can be what the client declared. Text must be valid UTF-8 without NUL bytes. */
export function contentMatchesType(bytes: Uint8Array, contentType: string): boolean {
  if (contentType === 'image/webp') return startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8);
  if (contentType === 'audio/mp4') return startsWith(bytes, [0x66, 0x74, 0x79, 0x70], 4);
  if (contentType === 'text/plain') {
    if (bytes.includes(0)) return false;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      return true;
    } catch {
      return false;
    }
  }
  const signatures = SIGNATURES[contentType];
  return !!signatures && signatures.some((s) => startsWith(bytes, s));
}

/** A file name safe to store and to send back in Content-Disposition: no folders, no control characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = [...base]
    .filter((ch) => ch !== '"' && ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) !== 0x7f)
    .join('')
    .trim()
    .normalize('NFC');
  return (cleaned || 'tep-dinh-kem').slice(0, 200);
}
