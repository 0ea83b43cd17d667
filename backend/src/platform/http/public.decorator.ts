import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'tiepdan:public';

/** Marks a route that needs no login (health, public case lookup). Every other route requires authentication. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
