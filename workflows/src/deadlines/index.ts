export * from './deadline-rule-error';
export * from './rules';
export * from './compute-deadline';
export * from './explanation';
