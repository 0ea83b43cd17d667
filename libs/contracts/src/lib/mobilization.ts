/** Contracts of the `mobilization` context (requests, responses, enums shared by backend and frontend). */
export {};
