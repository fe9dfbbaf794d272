/* The constants of a compiled module: one marshal blob per module, loaded
 * once when the module is loaded (see codegen/constants_blob.h for its
 * layout).
 *
 *   static PyObject *mod_consts[12];
 *   static PyCodeObject *mod_codes[3];
 *   NuitkaCC_Constants_Load(blob, sizeof(blob) - 1, mod_consts, 12,
 *                           mod_codes, 3);
 */
#ifndef NUITKA_CC_HELPER_CONSTANTS_H_
#define NUITKA_CC_HELPER_CONSTANTS_H_

/* Fills `consts` (owned references, kept for the life of the program) and
 * `codes`. 0, or -1 with an exception set. */
int NuitkaCC_Constants_Load(const char *blob, Py_ssize_t size,
                            PyObject **consts, Py_ssize_t const_count,
                            PyCodeObject **codes, Py_ssize_t code_count);

#endif /* NUITKA_CC_HELPER_CONSTANTS_H_ */
