import { leadingZeroBits, sha256, solveChallenge } from './proof-of-work';

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('proof of work', () => {
  it('hashes as SHA-256 does (FIPS 180-4 examples, a two-block and a Vietnamese message)', () => {
    expect(hex(sha256(utf8('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hex(sha256(utf8('')))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hex(sha256(utf8('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(hex(sha256(utf8('Tiếp Dân')))).toBe('f766a8e1f32ba33558c0d3406035848db2a3ec4e9b11cd19f713019916135af7');
  });

  it('counts leading zero bits', () => {
    expect(leadingZeroBits(new Uint8Array([0, 0, 0x10, 0xff]))).toBe(19);
    expect(leadingZeroBits(new Uint8Array([0x80]))).toBe(0);
  });

  it('finds a solution whose hash has the bits asked for', async () => {
    const challenge = '1767225600000.abc.8.sig';
    const solution = await solveChallenge(challenge, 8);
    expect(leadingZeroBits(sha256(utf8(`${challenge}:${solution}`)))).toBeGreaterThanOrEqual(8);
  });
});
