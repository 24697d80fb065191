// Every unit and property test must make at least one assertion: a test whose checks sit in a
// loop or an `if` that never ran would otherwise pass having checked nothing.
import { beforeEach, expect } from 'vitest';

beforeEach(() => {
  expect.hasAssertions();
});
