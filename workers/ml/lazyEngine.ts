// A module loaded the first time a task needs it (TensorFlow.js and the models written with it),
// so it stays a chunk of the worker's own, fetched only then.

export interface LazyEngine<F> {
  /** Loads the module once; a failed load may retry. */
  load(): Promise<F>;
  /** What the loaded module gave; throws if load() has not finished. */
  get(): F;
}

/**
 * An engine from its loader; `what` finishes the sentence "TensorFlow.js, which trains …, could
 * not be loaded" and `waitFor` names the load function in the error of a get() too early.
 */
export function lazyEngine<F>(
  load: () => Promise<F>,
  what: string,
  waitFor: string,
): LazyEngine<F> {
  let loading: Promise<F> | null = null;
  let loaded: F | null = null;
  return {
    load() {
      loading ??= load()
        .then((f) => (loaded = f))
        .catch((err: unknown) => {
          loading = null;
          const detail = err instanceof Error ? err.message : String(err);
          throw new Error(
            `TensorFlow.js, which trains ${what}, could not be loaded (${detail}). Reload the page to try again.`,
          );
        });
      return loading;
    },
    get() {
      if (loaded === null)
        throw new Error(`TensorFlow.js is not loaded yet: await ${waitFor}() first.`);
      return loaded;
    },
  };
}
