import { SkeletonPage } from "@/components/Skeleton";

export default function DraftLoading() {
  return <SkeletonPage rows={6} label="Loading the draft" />;
}
