/** The environment as the configuration reads it. */
export type Env = Record<string, string | undefined>;

/** A configuration value that stops the app: names the setting, never a stack trace. */
export class ConfigError extends Error {
  constructor(
    readonly setting: string,
    message: string,
  ) {
    super(`${setting}: ${message}`);
    this.name = 'ConfigError';
  }
}

export function readInt(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

export function readBool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

/** An absolute URL of one of the given schemes, or undefined when unset. */
export function readUrl(env: Env, name: string, schemes: readonly string[]): URL | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, `is not a valid URL (expected ${schemes.map((s) => `${s}//…`).join(' or ')})`);
  }
  if (!schemes.includes(url.protocol))
    throw new ConfigError(name, `must start with ${schemes.map((s) => `${s}//`).join(' or ')}, got "${url.protocol}//"`);
  return url;
}
