export * from './vn-date';
export * from './lunar';
export * from './holidays';
export * from './official-calendar';
export * from './working-calendar';
