//===- BlockingSummaries.cpp - Functions of the TU that may block ---------===//

#include "BlockingSummaries.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "LockSetAnalysis.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/Analysis/CFG.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringSwitch.h"
#include <functional>

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

/// Whether \p Callee, a function of namespace std, calls the functions it
/// is given before it returns (an algorithm, std::call_once, std::invoke),
/// as opposed to running them on another thread (std::async) or keeping
/// them for later.
static bool callsItsFunctionArguments(const FunctionDecl *Callee) {
  const IdentifierInfo *Id = Callee->getIdentifier();
  if (!Id)
    return false;
  return llvm::StringSwitch<bool>(Id->getName())
      .Cases("for_each", "for_each_n", "all_of", "any_of", "none_of", true)
      .Cases("find_if", "find_if_not", "count_if", "transform", true)
      .Cases("generate", "generate_n", "remove_if", "replace_if", true)
      .Cases("copy_if", "partition", "sort", "stable_sort", true)
      .Cases("min_element", "max_element", "accumulate", "reduce", true)
      .Cases("transform_reduce", "call_once", "invoke", "apply", true)
      .Case("visit", true)
      .Default(false);
}

/// The lambda that argument \p Arg passes, written in place or held by a
/// local variable initialised from it.
static const LambdaExpr *lambdaArgument(const Expr *Arg) {
  Arg = Arg->IgnoreImplicit();
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(Arg))
    if (Construct->getNumArgs() == 1)
      Arg = Construct->getArg(0)->IgnoreImplicit();
  if (const auto *Lambda = dyn_cast<LambdaExpr>(Arg))
    return Lambda;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Arg->IgnoreParenImpCasts()))
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
      return initialisingLambda(Var);
  return nullptr;
}

/// The definition of \p FD, if it is in view and outside system headers.
static const FunctionDecl *bodyInView(const FunctionDecl *FD,
                                      const SourceManager &SM) {
  const FunctionDecl *Definition = nullptr;
  if (!FD || !FD->hasBody(Definition) || !Definition ||
      SM.isInSystemHeader(Definition->getLocation()))
    return nullptr;
  return Definition;
}

void BlockingSummaries::indexOverriders() {
  Overriders.emplace();
  // Every method is filed under each method it overrides, up the hierarchy.
  std::function<void(const CXXMethodDecl *, const CXXMethodDecl *)> File =
      [&](const CXXMethodDecl *Overrider, const CXXMethodDecl *Method) {
        for (const CXXMethodDecl *Base : Method->overridden_methods()) {
          (*Overriders)[Base->getCanonicalDecl()].push_back(Overrider);
          File(Overrider, Base);
        }
      };
  std::function<void(const DeclContext *)> Walk = [&](const DeclContext *DC) {
    for (const Decl *D : DC->decls()) {
      if (const auto *Method = dyn_cast<CXXMethodDecl>(D))
        if (Method->isVirtual())
          File(Method, Method);
      if (const auto *Template = dyn_cast<ClassTemplateDecl>(D))
        for (const ClassTemplateSpecializationDecl *Spec :
             Template->specializations())
          Walk(Spec);
      if (const auto *Inner = dyn_cast<DeclContext>(D))
        if (isa<NamespaceDecl, CXXRecordDecl, LinkageSpecDecl>(D))
          Walk(Inner);
    }
  };
  Walk(Ctx.getTranslationUnitDecl());
}

CallTargets BlockingSummaries::targetsOf(const Expr *E) {
  CallTargets Targets = candidatesOf(E);
  // A function the user told the check to ignore is not looked into.
  llvm::erase_if(Targets.Bodies, [&](const FunctionDecl *Body) {
    return Catalogue.ignores(Body);
  });
  return Targets;
}

CallTargets BlockingSummaries::candidatesOf(const Expr *E) {
  const SourceManager &SM = Ctx.getSourceManager();
  CallTargets Targets;
  const FunctionDecl *Callee = nullptr;
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
    Callee = Construct->getConstructor();
  } else if (const auto *Call = dyn_cast<CallExpr>(E)) {
    Callee = Call->getDirectCallee();
    if (!Callee)
      return Targets;

    // `std::function<void()> F = [&] { ... }; F();` runs the lambda.
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call))
      if (Op->getOperator() == OO_Call && isa<CXXMethodDecl>(Callee) &&
          cast<CXXMethodDecl>(Callee)->getParent()->isInStdNamespace())
        if (const auto *Ref =
                dyn_cast<DeclRefExpr>(Op->getArg(0)->IgnoreParenImpCasts()))
          if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
            if (const LambdaExpr *Lambda = initialisingLambda(Var)) {
              Targets.Bodies.push_back(Lambda->getCallOperator());
              return Targets;
            }

    // A standard algorithm calls the lambdas it is given before it returns.
    if (Callee->isInStdNamespace() && callsItsFunctionArguments(Callee)) {
      for (const Expr *Arg : Call->arguments())
        if (const LambdaExpr *Lambda = lambdaArgument(Arg))
          Targets.Bodies.push_back(Lambda->getCallOperator());
      if (!Targets.Bodies.empty())
        return Targets;
    }

    // A virtual call may run the method or any overrider of it.
    if (const auto *Method = dyn_cast<CXXMethodDecl>(Callee))
      if (Method->isVirtual() && !Method->hasAttr<FinalAttr>() &&
          !Method->getParent()->hasAttr<FinalAttr>())
        if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
          if (const auto *ME = dyn_cast<MemberExpr>(Member->getCallee()))
            if (!ME->hasQualifier()) {
              if (!Overriders)
                indexOverriders();
              Targets.Virtual = true;
              if (!Method->isPureVirtual())
                if (const FunctionDecl *Body = bodyInView(Method, SM))
                  Targets.Bodies.push_back(Body);
              auto It = Overriders->find(Method->getCanonicalDecl());
              if (It != Overriders->end())
                for (const CXXMethodDecl *Overrider : It->second)
                  if (const FunctionDecl *Body = bodyInView(Overrider, SM))
                    if (!llvm::is_contained(Targets.Bodies, Body))
                      Targets.Bodies.push_back(Body);
              return Targets;
            }
  }
  if (const FunctionDecl *Body = bodyInView(Callee, SM))
    Targets.Bodies.push_back(Body);
  return Targets;
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
    CallTargets Targets = targetsOf(Call);
    if (!Targets.Bodies.empty())
      N.Calls.push_back({Call, std::move(Targets)});
  };
  BodyScanner Scanner(OnCall);
  Scanner.TraverseStmt(const_cast<Stmt *>(Body));
  if (N.Evidence || !N.Calls.empty())
    findReleasedParameters(FD, N);
}

void BlockingSummaries::findReleasedParameters(const FunctionDecl *FD,
                                               Node &N) {
  // Only functions that are handed a guard by reference need the lock-set
  // analysis; they are few.
  LockSetAnalysis Analysis(Model, Ctx);
  LockSet Entry;
  llvm::SmallVector<std::pair<unsigned, std::string>, 1> Parameters;
  for (unsigned I = 0; I < FD->getNumParams(); ++I) {
    const ParmVarDecl *Param = FD->getParamDecl(I);
    QualType Type = Param->getType();
    if (!Type->isLValueReferenceType() ||
        !Model.isGuardType(Type.getNonReferenceType()))
      continue;
    MutexRef Mutex{"param#" + std::to_string(I), Param->getNameAsString()};
    Analysis.assumeHeld(Param, Mutex, Entry);
    Parameters.emplace_back(I, Mutex.Key);
  }
  if (Parameters.empty())
    return;

  std::unique_ptr<CFG> Cfg = buildLockCFG(FD, Ctx);
  if (!Cfg)
    return;

  // A parameter's lock counts as released only if it is not held at any
  // blocking call, nor at any call into the TU (which might block; asking
  // would start another walk of the call graph in the middle of this one).
  llvm::SmallVector<bool, 1> HeldWhereBlocking(Parameters.size(), false);
  Analysis.run(*Cfg, Entry, [&](const Expr *Call, const LockSet &Held) {
    LockSet Remaining = Held;
    if (std::optional<BlockingApi> Api = Catalogue.classify(Call, Ctx)) {
      if (const Expr *Released = Api->ReleasedLock)
        if (const auto *Ref =
                dyn_cast<DeclRefExpr>(Released->IgnoreParenImpCasts()))
          if (const auto *Guard = dyn_cast<VarDecl>(Ref->getDecl()))
            for (const MutexRef &Mutex : Analysis.mutexesOf(Guard))
              Remaining.erase(Mutex.Key);
    } else if (Catalogue.isKnownLibraryCall(Call, Ctx) ||
               candidatesOf(Call).Bodies.empty()) {
      return;
    }
    for (size_t I = 0; I < Parameters.size(); ++I)
      HeldWhereBlocking[I] |= Remaining.count(Parameters[I].second) != 0;
  });
  for (size_t I = 0; I < Parameters.size(); ++I)
    if (!HeldWhereBlocking[I])
      N.ReleasedParameters.push_back(Parameters[I].first);
}

bool BlockingSummaries::releasesGuardParameter(const FunctionDecl *FD,
                                               unsigned Index) {
  if (!mayBlock(FD))
    return false;
  const Node &N = Storage[Ids.find(FD)->second];
  return llvm::is_contained(N.ReleasedParameters, Index);
}

unsigned BlockingSummaries::open(const FunctionDecl *FD) {
  unsigned Id = Storage.size();
  Storage.emplace_back();
  Ids[FD] = Id;
  Node &N = Storage[Id];
  N.Index = N.LowLink = NextIndex++;
  N.OnStack = true;
  Stack.push_back(FD);
  scanBody(FD, N);
  return Id;
}

std::optional<BlockingEvidence>
BlockingSummaries::evidenceThrough(const Edge &E) const {
  // A plain call blocks if one of its targets does (an algorithm may be
  // given several lambdas); a virtual call only if every overrider in view
  // does.
  for (const FunctionDecl *Target : E.Targets.Bodies) {
    auto It = Ids.find(Target);
    bool Blocks = It != Ids.end() && Storage[It->second].Evidence;
    if (!Blocks && E.Targets.Virtual)
      return std::nullopt;
    if (Blocks && !E.Targets.Virtual)
      return BlockingEvidence{E.Call, Target, Storage[It->second].Evidence->Api};
  }
  if (!E.Targets.Virtual || E.Targets.Bodies.empty())
    return std::nullopt;
  const FunctionDecl *First = E.Targets.Bodies.front();
  return BlockingEvidence{E.Call, First,
                          Storage[Ids.find(First)->second].Evidence->Api};
}

void BlockingSummaries::resolveComponent(llvm::ArrayRef<unsigned> Component) {
  // Every function of a strongly connected component blocks if one of them
  // does, or if one calls a blocking function outside it. Evidence only
  // ever points to a function that had it before, so chains end.
  bool Changed = true;
  while (Changed) {
    Changed = false;
    for (unsigned Id : Component) {
      Node &Caller = Storage[Id];
      if (Caller.Evidence)
        continue;
      for (const Edge &E : Caller.Calls) {
        if (std::optional<BlockingEvidence> Evidence = evidenceThrough(E)) {
          Caller.Evidence = std::move(Evidence);
          Changed = true;
          break;
        }
      }
    }
  }
}

void BlockingSummaries::visit(const FunctionDecl *Root) {
  // Tarjan's algorithm with an explicit stack of frames: call chains in
  // generated code can be deeper than the thread's stack.
  struct Frame {
    unsigned Id;
    size_t Edge = 0;
    size_t Target = 0;
  };
  std::vector<Frame> Frames{{open(Root)}};

  while (!Frames.empty()) {
    Frame &Top = Frames.back();
    unsigned Id = Top.Id;
    const auto &Calls = Storage[Id].Calls;
    if (Top.Edge < Calls.size()) {
      const auto &Bodies = Calls[Top.Edge].Targets.Bodies;
      if (Top.Target >= Bodies.size()) {
        ++Top.Edge;
        Top.Target = 0;
        continue;
      }
      const FunctionDecl *Next = Bodies[Top.Target++];
      auto It = Ids.find(Next);
      if (It == Ids.end()) {
        unsigned Child = open(Next);
        Frames.push_back({Child});
      } else if (Storage[It->second].OnStack) {
        Storage[Id].LowLink =
            std::min(Storage[Id].LowLink, Storage[It->second].Index);
      }
      continue;
    }

    // Every successor is done.
    Frames.pop_back();
    if (!Frames.empty()) {
      Node &Parent = Storage[Frames.back().Id];
      Parent.LowLink = std::min(Parent.LowLink, Storage[Id].LowLink);
    }
    if (Storage[Id].LowLink != Storage[Id].Index)
      continue;
    llvm::SmallVector<unsigned, 4> Component;
    const FunctionDecl *Member;
    do {
      Member = Stack.back();
      Stack.pop_back();
      unsigned MemberId = Ids[Member];
      Storage[MemberId].OnStack = false;
      Component.push_back(MemberId);
    } while (Ids[Member] != Id);
    resolveComponent(Component);
  }
}

std::pair<const FunctionDecl *, const BlockingEvidence *>
BlockingSummaries::mayBlockCall(const Expr *Call) {
  CallTargets Targets = targetsOf(Call);
  if (Targets.Bodies.empty())
    return {nullptr, nullptr};
  std::pair<const FunctionDecl *, const BlockingEvidence *> First = {
      nullptr, nullptr};
  for (const FunctionDecl *Target : Targets.Bodies) {
    const BlockingEvidence *Evidence = mayBlock(Target);
    if (!Evidence && Targets.Virtual)
      return {nullptr, nullptr};
    if (Evidence && !First.second)
      First = {Target, Evidence};
  }
  return First;
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
