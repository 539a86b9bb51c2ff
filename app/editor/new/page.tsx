import type { Metadata } from "next";
import Link from "next/link";
import { Forbidden } from "@/components/Forbidden";
import { PageHeader } from "@/components/PageHeader";
import { NewDraftForm } from "@/components/editor/NewDraftForm";
import { DraftSteps } from "@/components/editor/DraftSteps";
import { db } from "@/lib/server/db";
import { listPlans, listRespondable } from "@/lib/server/queries/editor";
import { pageAccess } from "@/lib/server/session";

export const metadata: Metadata = { title: "New draft", robots: { index: false } };

export default async function NewDraftPage() {
  const access = await pageAccess("editor", "/editor/new");
  if (!access.allowed) return <Forbidden required={access.required} role={access.user.role} />;
  const [plans, respondable] = await Promise.all([listPlans(db()), listRespondable(db())]);

  return (
    <>
      <PageHeader
        eyebrow={
          <>
            <Link href="/editor" className="text-muted">
              Editor
            </Link>
            <span aria-hidden="true">/</span> New draft
          </>
        }
        title="Enter a new draft"
        lead="Paste the leaked text (or load it from a file), say what it is and where it comes from. Saving parses it into clauses; you then fix the clauses, review the links to the version it answers, and publish."
      >
        <DraftSteps current="text" />
      </PageHeader>
      {plans.length === 0 ? (
        <p className="font-sans text-muted">There is no plan to add a version to yet: import the seed data first (npm start does).</p>
      ) : (
        <NewDraftForm
          userId={access.user.id}
          plans={plans}
          respondable={respondable}
          defaults={{ planId: String(plans[0]!.id), title: "", slug: "", party: "", date: "", status: "leaked", kind: "draft", respondsToId: "", pointCount: "", summary: "" }}
        />
      )}
    </>
  );
}
