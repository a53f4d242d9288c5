/** A nominal type: a `T` that only its constructor function may create. */
export type Brand<T, Name extends string> = T & { readonly __brand: Name };
