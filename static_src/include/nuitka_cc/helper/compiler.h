/* Compiler hints shared by the runtime and generated code.
 *
 *   if (unlikely(result == NULL)) { goto error; }
 */
#ifndef NUITKA_CC_HELPER_COMPILER_H_
#define NUITKA_CC_HELPER_COMPILER_H_

#if defined(__GNUC__) || defined(__clang__)
#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)
#define NUITKA_CC_MAY_BE_UNUSED __attribute__((unused))
/* Fast paths that must be inlined into the generated code, where the
 * operator is a constant. */
#define NUITKA_CC_INLINE static inline __attribute__((always_inline))
#else
#define NUITKA_CC_INLINE static inline
#define likely(x) (x)
#define unlikely(x) (x)
#define NUITKA_CC_MAY_BE_UNUSED
#endif

#endif /* NUITKA_CC_HELPER_COMPILER_H_ */
