export * from './lib/case-types';
export * from './lib/deadlines';
export * from './lib/case-events';
export * from './lib/access';
export * from './lib/cases';
