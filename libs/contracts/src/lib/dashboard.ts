/** Contracts of the `dashboard` context (requests, responses, enums shared by backend and frontend). */
export {};
