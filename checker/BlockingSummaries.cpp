//===- BlockingSummaries.cpp - Functions of the TU that may block ---------===//

#include "BlockingSummaries.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace lockio {

/// The lambda that local variable \p Var (a `std::function`) was
/// initialised from, if that can be seen.
static const LambdaExpr *initialisingLambda(const VarDecl *Var) {
  const Expr *Init = Var->getInit();
  for (unsigned Depth = 0; Init && Depth < 8; ++Depth) {
    Init = Init->IgnoreImplicit();
    if (const auto *Lambda = dyn_cast<LambdaExpr>(Init))
      return Lambda;
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(Init)) {
      Init = Construct->getNumArgs() == 1 ? Construct->getArg(0) : nullptr;
      continue;
    }
    if (const auto *Cast = dyn_cast<CastExpr>(Init)) {
      Init = Cast->getSubExpr();
      continue;
    }
    return nullptr;
  }
  return nullptr;
}

const FunctionDecl *BlockingSummaries::calledBody(const Expr *E) {
  const FunctionDecl *Callee = nullptr;
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
    Callee = Construct->getConstructor();
  } else if (const auto *Call = dyn_cast<CallExpr>(E)) {
    Callee = Call->getDirectCallee();
    if (!Callee)
      return nullptr;

    // `std::function<void()> F = [&] { ... }; F();` runs the lambda.
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call))
      if (Op->getOperator() == OO_Call && isa<CXXMethodDecl>(Callee) &&
          cast<CXXMethodDecl>(Callee)->getParent()->isInStdNamespace())
        if (const auto *Ref =
                dyn_cast<DeclRefExpr>(Op->getArg(0)->IgnoreParenImpCasts()))
          if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
            if (const LambdaExpr *Lambda = initialisingLambda(Var))
              return Lambda->getCallOperator();

    // A virtual call may run any overrider. Without knowing which, only a
    // call that cannot be overridden is followed.
    // FIXME: follow a virtual call when every overrider in view blocks.
    if (const auto *Method = dyn_cast<CXXMethodDecl>(Callee))
      if (Method->isVirtual() && !Method->hasAttr<FinalAttr>() &&
          !Method->getParent()->hasAttr<FinalAttr>())
        if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
          if (const auto *ME = dyn_cast<MemberExpr>(Member->getCallee()))
            if (!ME->hasQualifier())
              return nullptr;
  }
  if (!Callee)
    return nullptr;
  const FunctionDecl *Definition = nullptr;
  if (!Callee->hasBody(Definition) || !Definition)
    return nullptr;
  return Definition;
}

namespace {
/// Collects the blocking calls and the calls to bodies in one function.
class BodyScanner : public RecursiveASTVisitor<BodyScanner> {
public:
  using Found = llvm::function_ref<void(const Expr *)>;
  explicit BodyScanner(Found OnCall) : OnCall(OnCall) {}

  // A lambda's body runs when the lambda is called, not where it is
  // written: calls to it are followed instead.
  bool TraverseLambdaExpr(LambdaExpr *) { return true; }

  bool VisitCallExpr(CallExpr *Call) {
    OnCall(Call);
    return true;
  }
  bool VisitCXXConstructExpr(CXXConstructExpr *Construct) {
    OnCall(Construct);
    return true;
  }

private:
  Found OnCall;
};
} // namespace

void BlockingSummaries::scanBody(const FunctionDecl *FD, Node &N) {
  const Stmt *Body = FD->getBody();
  if (!Body || Ctx.getSourceManager().isInSystemHeader(FD->getLocation()))
    return;
  // The scanner holds a reference to the callback: it must outlive it.
  auto OnCall = [&](const Expr *Call) {
    if (std::optional<BlockingApi> Api = Catalogue.classify(Call, Ctx)) {
      if (!N.Evidence)
        N.Evidence = BlockingEvidence{Call, nullptr, std::move(*Api)};
      return;
    }
    if (Catalogue.isKnownLibraryCall(Call, Ctx))
      return;
    if (const FunctionDecl *Callee = calledBody(Call))
      N.Callees.emplace_back(Call, Callee);
  };
  BodyScanner Scanner(OnCall);
  Scanner.TraverseStmt(const_cast<Stmt *>(Body));
}

void BlockingSummaries::visit(const FunctionDecl *FD) {
  unsigned Self = Storage.size();
  Storage.emplace_back();
  Ids[FD] = Self;
  Node &N = Storage[Self];
  N.Index = N.LowLink = NextIndex++;
  N.OnStack = true;
  Stack.push_back(FD);
  scanBody(FD, N);

  for (size_t I = 0; I < Storage[Self].Callees.size(); ++I) {
    const FunctionDecl *Callee = Storage[Self].Callees[I].second;
    auto It = Ids.find(Callee);
    if (It == Ids.end()) {
      visit(Callee);
      Storage[Self].LowLink =
          std::min(Storage[Self].LowLink, Storage[Ids[Callee]].LowLink);
    } else if (Storage[It->second].OnStack) {
      Storage[Self].LowLink =
          std::min(Storage[Self].LowLink, Storage[It->second].Index);
    }
  }

  if (Storage[Self].LowLink != Storage[Self].Index)
    return;

  // FD is the root of a strongly connected component: every function in it
  // blocks if one of them does, or if one calls a blocking function outside.
  llvm::SmallVector<unsigned, 4> Component;
  const FunctionDecl *Member;
  do {
    Member = Stack.back();
    Stack.pop_back();
    unsigned Id = Ids[Member];
    Storage[Id].OnStack = false;
    Storage[Id].Done = true;
    Component.push_back(Id);
  } while (Member != FD);

  bool Changed = true;
  while (Changed) {
    Changed = false;
    for (unsigned Id : Component) {
      Node &Caller = Storage[Id];
      if (Caller.Evidence)
        continue;
      for (const auto &[Call, Callee] : Caller.Callees) {
        const Node &Target = Storage[Ids[Callee]];
        if (!Target.Evidence)
          continue;
        Caller.Evidence = BlockingEvidence{Call, Callee, Target.Evidence->Api};
        Changed = true;
        break;
      }
    }
  }
}

const BlockingEvidence *BlockingSummaries::mayBlock(const FunctionDecl *FD) {
  auto It = Ids.find(FD);
  if (It == Ids.end()) {
    visit(FD);
    It = Ids.find(FD);
  }
  const Node &N = Storage[It->second];
  return N.Evidence ? &*N.Evidence : nullptr;
}

} // namespace lockio
