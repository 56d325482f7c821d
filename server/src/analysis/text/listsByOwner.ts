/**
 * Values pushed with the index of their owner (a person...), handed out at the end as one array per
 * owner, in the order they were pushed: each array is made once at its final size, instead of grown
 * push by push (a grown array keeps room for 17 values or more).
 */
export class ListsByOwner<T> {
  private readonly owners: number[] = [];
  private readonly values: T[] = [];

  push(owner: number, value: T): void {
    this.owners.push(owner);
    this.values.push(value);
  }

  /** The lists of owners 0 .. count - 1 (a new empty array for an owner with none). */
  lists(count: number): T[][] {
    const sizes = new Int32Array(count);
    for (let i = 0; i < this.owners.length; i++) sizes[this.owners[i]]++;
    const lists = new Array<T[]>(count);
    for (let o = 0; o < count; o++) lists[o] = sizes[o] === 0 ? [] : new Array<T>(sizes[o]);
    const filled = sizes.fill(0);
    for (let i = 0; i < this.owners.length; i++) {
      const o = this.owners[i];
      lists[o][filled[o]++] = this.values[i];
    }
    return lists;
  }
}
