/** Contracts of the `reception` context (requests, responses, enums shared by backend and frontend). */
export {};
