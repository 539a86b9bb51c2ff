import { SkeletonPage } from "@/components/Skeleton";

export default function Loading() {
  return <SkeletonPage label="Loading the versions" rows={4} />;
}
