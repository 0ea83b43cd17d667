import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import { IS_PUBLIC } from '../platform/http/public.decorator';
import { ACTION_KEY } from './auth.guard';
import { ACTIONS, type Action } from './policy';

const SRC = join(__dirname, '..');

function controllerFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? controllerFiles(join(dir, e.name)) : e.name.endsWith('.controller.ts') ? [join(dir, e.name)] : [],
  );
}

/** Every route of every controller class under src, as `Class.method`, with its handler and class. */
function routes(): { name: string; handler: () => unknown; controller: new (...args: never[]) => unknown }[] {
  const out: ReturnType<typeof routes> = [];
  for (const file of controllerFiles(SRC)) {
    const exported: Record<string, unknown> = require(file);
    for (const value of Object.values(exported)) {
      if (typeof value !== 'function' || Reflect.getMetadata(PATH_METADATA, value) === undefined) continue;
      const controller = value as new (...args: never[]) => unknown;
      for (const key of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[key];
        if (key === 'constructor' || typeof handler !== 'function' || Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue;
        out.push({ name: `${controller.name}.${key}`, handler: handler as () => unknown, controller });
      }
    }
  }
  return out;
}

describe('every route says who may call it', () => {
  const reflector = new Reflector();
  const all = routes();

  it('finds the controllers', () => {
    expect(all.length).toBeGreaterThan(100);
    expect(all.map((r) => r.name)).toEqual(expect.arrayContaining(['CasesController.applyEvent', 'AuthController.login']));
  });

  it('is @Public() or names an action of the policy (@Allow)', () => {
    const missing = all
      .filter(({ handler, controller }) => {
        const targets = [handler, controller];
        return !reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) && !reflector.getAllAndOverride<Action>(ACTION_KEY, targets);
      })
      .map((r) => r.name);
    expect(missing).toEqual([]);
  });

  it('names only actions the policy knows', () => {
    const unknown = all
      .map(
        ({ name, handler, controller }) =>
          [name, reflector.getAllAndOverride<string | undefined>(ACTION_KEY, [handler, controller])] as const,
      )
      .filter(([, action]) => action !== undefined && !(ACTIONS as string[]).includes(action));
    expect(unknown).toEqual([]);
  });
});
