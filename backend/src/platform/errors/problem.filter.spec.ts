import { BadRequestException, HttpStatus, NotFoundException } from '@nestjs/common';
import { validate } from 'class-validator';
import { IsInt, IsNotEmpty, IsString, Max, ValidateNested } from 'class-validator';
import { plainToInstance, Type } from 'class-transformer';
import { AppError } from './app-error';
import { toProblem } from './problem.filter';
import { validationExceptionFactory } from './validation-messages';

class Citizen {
  @IsString() @IsNotEmpty() name!: string;
}
class Visit {
  @IsString() @IsNotEmpty() summary!: string;
  @IsInt() @Max(500) people!: number;
  @ValidateNested() @Type(() => Citizen) citizen!: Citizen;
}

describe('toProblem', () => {
  it('keeps an AppError code, both languages and extra members (e.g. the current version on 409)', () => {
    const p = toProblem(
      new AppError('CASE_VERSION_CONFLICT', HttpStatus.CONFLICT, { vi: 'Hồ sơ đã bị thay đổi', en: 'Changed' }, [], { currentVersion: 4 }),
      '/api/cases/1',
    );
    expect(p).toMatchObject({
      status: 409,
      code: 'CASE_VERSION_CONFLICT',
      message: { vi: 'Hồ sơ đã bị thay đổi', en: 'Changed' },
      currentVersion: 4,
      instance: '/api/cases/1',
    });
    expect(p.type).toBe('https://tiepdan.gov.vn/problems/case-version-conflict');
  });

  it('maps Nest HTTP exceptions to stable codes', () => {
    expect(toProblem(new NotFoundException())).toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
      message: { vi: 'Không tìm thấy' },
    });
    expect(toProblem(new BadRequestException('Unexpected token } in JSON at position 3'))).toMatchObject({ code: 'MALFORMED_JSON' });
  });

  it('hides internals of unexpected errors', () => {
    const p = toProblem(new Error('password=hunter2 at db.ts:12'));
    expect(p).toMatchObject({ status: 500, code: 'INTERNAL_ERROR' });
    expect(JSON.stringify(p)).not.toContain('hunter2');
  });

  it('names every invalid field, nested ones with a dotted path, in Vietnamese and English', async () => {
    const visit = plainToInstance(Visit, {
      summary: '',
      people: 1000,
      citizen: { name: 5 },
    });
    const error = validationExceptionFactory(await validate(visit));
    const p = toProblem(error);
    expect(p.status).toBe(400);
    expect(p.code).toBe('VALIDATION_FAILED');
    expect(p.errors?.map((e) => `${e.field}:${e.code}`).sort()).toEqual(['citizen.name:isString', 'people:max', 'summary:isNotEmpty']);
    const summary = p.errors?.find((e) => e.field === 'summary');
    expect(summary?.message).toEqual({
      vi: 'Trường "summary" không được để trống',
      en: 'summary should not be empty',
    });
    expect(p.message.vi).toContain('citizen.name');
  });
});

describe('database errors', () => {
  const pg = (code: string, extra: Record<string, unknown> = {}) =>
    Object.assign(new Error('invalid input syntax for type uuid: "079188123456"'), {
      query: 'UPDATE cases SET lead_agency_id = $1',
      parameters: ['079188123456'],
      driverError: { code, severity: 'ERROR', ...extra },
    });

  it.each([
    ['22P02', 400, 'INVALID_VALUE'],
    ['22001', 400, 'VALUE_TOO_LONG'],
    ['22007', 400, 'INVALID_DATE'],
    ['22008', 400, 'INVALID_DATE'],
    ['22003', 400, 'NUMBER_OUT_OF_RANGE'],
    ['23502', 400, 'MISSING_VALUE'],
    ['23503', 422, 'REFERENCE_NOT_FOUND'],
    ['23505', 409, 'ALREADY_EXISTS'],
    ['23514', 422, 'CONSTRAINT_VIOLATED'],
    ['40001', 409, 'CONCURRENT_UPDATE'],
  ])('maps SQLSTATE %s to %i %s without the SQL or its values', (state, status, code) => {
    const p = toProblem(pg(state));
    expect(p).toMatchObject({ status, code });
    expect(JSON.stringify(p)).not.toMatch(/079188123456|UPDATE cases|type uuid/);
  });

  it('names the column of a constraint, never its value', () => {
    const p = toProblem(
      pg('23503', {
        detail: 'Key (lead_agency_id)=(0a1b) is not present in table "agencies".',
      }),
    );
    expect(p.errors?.[0].field).toBe('leadAgencyId');
    expect(JSON.stringify(p)).not.toContain('0a1b');
    expect(
      toProblem(
        pg('23503', {
          detail: 'Key (id)=(x) is still referenced from table "users".',
        }),
      ),
    ).toMatchObject({ status: 409, code: 'STILL_REFERENCED' });
  });

  it('keeps other errors a 500', () => {
    expect(toProblem(pg('53300')).status).toBe(500);
    expect(toProblem(new RangeError('Maximum call stack size exceeded')).status).toBe(500);
  });
});
