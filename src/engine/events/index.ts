// What a scenario may ask for, beyond the contract's defaultScenario and generateOrders: its
// validation, its vocabularies (curves, delay kinds) and its limits, which the link codec and
// the controls share so neither can offer what the engine refuses.
export {
  AMOUNT_UNIT,
  CURVE_NAMES,
  DELAY_KINDS,
  MAX_CUSTOMERS,
  MAX_EXPECTED_ORDERS,
  MAX_OUTAGES,
  MAX_PRODUCTS,
  MAX_REGIONS,
  MAX_SIGMA,
  MAX_SKEW,
  PRODUCT_PRICES,
  RATE_PER,
  TIME_UNIT,
  normalizeScenario,
} from './scenario';
