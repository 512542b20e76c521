//===- AstWalk.h - Visit every statement under a statement ------*- C++ -*-===//
//
// A plain pre-order walk over a statement's children, shared by the passes
// that look at a whole body (the fix-its, the serialised-I/O test) and need
// nothing of RecursiveASTVisitor's machinery.
//
//===----------------------------------------------------------------------===//

#ifndef LOCKIO_CHECKER_ASTWALK_H
#define LOCKIO_CHECKER_ASTWALK_H

#include "clang/AST/Stmt.h"
#include "llvm/ADT/STLFunctionalExtras.h"

namespace lockio {

/// Calls \p Visit on \p S and on every statement below it, parents first.
inline void forEachDescendant(const clang::Stmt *S,
                              llvm::function_ref<void(const clang::Stmt *)>
                                  Visit) {
  if (!S)
    return;
  Visit(S);
  for (const clang::Stmt *Child : S->children())
    forEachDescendant(Child, Visit);
}

} // namespace lockio

#endif // LOCKIO_CHECKER_ASTWALK_H
