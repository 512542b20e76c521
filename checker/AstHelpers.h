//===- AstHelpers.h - Small AST utilities shared by the passes --*- C++ -*-===//
//
// A pre-order walk over a statement and the source text of an expression:
// the lock model, the catalogue, the check and the fix-its all need them.
//
//===----------------------------------------------------------------------===//

#ifndef LOCKIO_CHECKER_ASTHELPERS_H
#define LOCKIO_CHECKER_ASTHELPERS_H

#include "clang/AST/Stmt.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <string>

namespace clang {
class ASTContext;
class Expr;
} // namespace clang

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

/// The source text of \p E as the user wrote it, or \p E printed when it
/// has none (parts of macro expansions).
std::string sourceText(const clang::Expr *E, const clang::ASTContext &Ctx);

} // namespace lockio

#endif // LOCKIO_CHECKER_ASTHELPERS_H
