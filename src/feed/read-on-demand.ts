/**
 * Objects with fields worked out when first read rather than stored (a resource's deferred fields,
 * a date's ISO text): the fields are accessors on a shared prototype, enumerable, so `for…in`, deep
 * comparisons and JSON (through `toJSON`) see them as they see stored ones.
 */

/** Every enumerable field, own or inherited, as a plain object; those without a value are left out, as JSON does. */
export function plainCopy<T extends object>(value: T): T {
  const plain: Record<string, unknown> = {};
  for (const key in value) if (value[key] !== undefined) plain[key] = value[key];
  return plain as T;
}

/** Gives `prototype` the fields `keys`, each read by `read`, and a `toJSON` that writes them. */
export function readOnDemand<T, K extends string>(prototype: object, keys: readonly K[], read: (self: T, key: K) => unknown): void {
  for (const key of keys)
    Object.defineProperty(prototype, key, {
      enumerable: true,
      get(this: T) {
        return read(this, key);
      },
    });
  Object.defineProperty(prototype, 'toJSON', {
    value(this: object) {
      return plainCopy(this);
    },
  });
}
