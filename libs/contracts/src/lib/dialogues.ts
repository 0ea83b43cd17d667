/** Contracts of the `dialogues` context (requests, responses, enums shared by backend and frontend). */
export {};
