/** Placeholder: the Action issue replaces this. */
export {}
