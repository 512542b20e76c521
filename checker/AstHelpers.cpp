//===- AstHelpers.cpp - Small AST utilities shared by the passes ----------===//

#include "AstHelpers.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace lockio {

std::string sourceText(const Expr *E, const ASTContext &Ctx) {
  llvm::StringRef Text = Lexer::getSourceText(
      CharSourceRange::getTokenRange(E->getSourceRange()),
      Ctx.getSourceManager(), Ctx.getLangOpts());
  if (!Text.empty())
    return Text.str();
  std::string Printed;
  llvm::raw_string_ostream OS(Printed);
  E->printPretty(OS, nullptr, Ctx.getPrintingPolicy());
  return OS.str();
}

} // namespace lockio
