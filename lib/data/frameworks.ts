// The framework names the code lists, apart from the schema (fields.ts) that checks them in the data: the deck's
// browser code needs the names, and importing them from fields.ts brought zod into the bundle, where building its
// schemas cost a phone a long task at start-up (docs/first-slide.md).

/** The two frameworks the talk compares, in the one order every chart, legend and table lists them. */
export const FRAMEWORKS = ['TensorFlow', 'PyTorch'] as const

/** Every framework in the PyTorch paper's benchmark table, in the order the speed chart lists them. */
export const BENCH_FRAMEWORKS = ['Chainer', 'CNTK', 'MXNet', 'PaddlePaddle', ...FRAMEWORKS] as const
