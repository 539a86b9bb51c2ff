import { SkeletonPage } from "@/components/Skeleton";

export default function EditorLoading() {
  return <SkeletonPage rows={4} label="Loading the editor" />;
}
