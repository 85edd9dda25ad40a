import type { englishMessages } from "./englishMessages.ts";

/** The shape every language's strings must have (English is the reference). */
export type Messages = typeof englishMessages;
