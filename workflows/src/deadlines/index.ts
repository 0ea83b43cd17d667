export * from './deadline-rule-error';
export * from './rules';
export * from './compute-deadline';
export * from './explanation';
export * from './legal-clock';
export * from './deadline-status';
