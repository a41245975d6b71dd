<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AddressPage</name>
    <message>
        <source>3. Address and phone</source>
        <translation>3. Alamat dan telepon</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Regency/city</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>District (kecamatan)</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Street, RT/RW, village</source>
        <translation>Jalan, RT/RW, kelurahan/desa</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Nomor HP</translation>
    </message>
    <message>
        <source>The region starts from where the head&apos;s NIK was issued; change it if the family lives elsewhere. Type a letter to jump in a list.</source>
        <translation>Wilayah diisi dari tempat terbit NIK kepala keluarga; ubah bila keluarga tinggal di tempat lain. Ketik huruf awal untuk melompat dalam daftar.</translation>
    </message>
</context>
<context>
    <name>AutodebitPage</name>
    <message>
        <source>6. Autodebit account</source>
        <translation>6. Rekening autodebet</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Nomor rekening</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Nama pemilik rekening</translation>
    </message>
    <message>
        <source>The monthly contribution is debited from this savings account. Copy the number from the front page of the savings book.</source>
        <translation>Iuran bulanan didebet dari rekening tabungan ini. Salin nomornya dari halaman depan buku tabungan.</translation>
    </message>
</context>
<context>
    <name>BusyOverlay</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Please wait a moment…</source>
        <translation>Mohon tunggu sebentar…</translation>
    </message>
</context>
<context>
    <name>CarePage</name>
    <message>
        <source>Class {n}</source>
        <translation>Kelas {n}</translation>
    </message>
    <message>
        <source>{paid} per person per month (of {total}; the rest is subsidised)</source>
        <translation>{paid} per orang per bulan (dari {total}; sisanya disubsidi pemerintah)</translation>
    </message>
    <message>
        <source>{amount} per person per month</source>
        <translation>{amount} per orang per bulan</translation>
    </message>
    <message>
        <source>4. Primary care facility (FKTP) and class</source>
        <translation>4. Faskes tingkat pertama (FKTP) dan kelas</translation>
    </message>
    <message>
        <source>FKTP code</source>
        <translation>Kode FKTP</translation>
    </message>
    <message>
        <source>Care class</source>
        <translation>Kelas rawat</translation>
    </message>
</context>
<context>
    <name>ComplaintsController</name>
    <message>
        <source>Choose the channel to see when the answer is due.</source>
        <translation>Pilih kanal untuk melihat batas waktu jawaban.</translation>
    </message>
    <message>
        <source>Answer due: {date} ({n} working day(s); weekends, holidays and collective leave do not count)</source>
        <translation>Batas waktu jawaban: {date} ({n} hari kerja; Sabtu, Minggu, hari libur, dan cuti bersama tidak dihitung)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked in red.</source>
        <translation>Belum disimpan: perbaiki isian yang ditandai merah.</translation>
    </message>
    <message>
        <source>Complaint saved. The answer is due {date}.</source>
        <translation>Pengaduan tersimpan. Batas waktu jawaban {date}.</translation>
    </message>
    <message>
        <source>Not saved because of an unexpected error. The form is kept: try again.</source>
        <translation>Belum tersimpan karena kesalahan tak terduga. Isian formulir tetap ada: coba lagi.</translation>
    </message>
</context>
<context>
    <name>ComplaintsView</name>
    <message>
        <source>{n} complaints shown</source>
        <translation>{n} pengaduan ditampilkan</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Langsung</translation>
    </message>
    <message>
        <source>Phone, hotline, 165</source>
        <translation>Telepon, hotline, 165</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Tertulis</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Anjungan</translation>
    </message>
    <message>
        <source>Other official</source>
        <translation>Kanal resmi lain</translation>
    </message>
    <message>
        <source>Overdue {n} working day(s)</source>
        <translation>Terlambat {n} hari kerja</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Jatuh tempo hari ini</translation>
    </message>
    <message>
        <source>{n} working day(s) left</source>
        <translation>Sisa {n} hari kerja</translation>
    </message>
    <message>
        <source>– choose –</source>
        <translation>– pilih –</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Not yet answered</source>
        <translation>Belum dijawab</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Semua kanal</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>Pengaduan baru</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>NIK or card no.</source>
        <translation>NIK atau no. kartu</translation>
    </message>
    <message>
        <source>Reporter&apos;s name</source>
        <translation>Nama pelapor</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Telepon (opsional)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Permasalahan</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Penyebab</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Koordinasi</translation>
    </message>
    <message>
        <source>16-digit NIK or 13-digit card number</source>
        <translation>NIK 16 digit atau nomor kartu 13 digit</translation>
    </message>
    <message>
        <source>Needs input from other work units</source>
        <translation>Perlu masukan unit kerja lain</translation>
    </message>
    <message>
        <source>Save complaint (Ctrl+S)</source>
        <translation>Simpan pengaduan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Complaint list</source>
        <translation>Daftar pengaduan</translation>
    </message>
    <message>
        <source>Search name, NIK, card, problem (Ctrl+F)</source>
        <translation>Cari nama, NIK, kartu, permasalahan (Ctrl+F)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Pelapor</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Sisa waktu</translation>
    </message>
</context>
<context>
    <name>CounterWindow</name>
    <message>
        <source>Registration</source>
        <translation>Pendaftaran</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informasi</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <source>(not available yet)</source>
        <translation>(belum tersedia)</translation>
    </message>
    <message>
        <source>Anjungan counter - {office}</source>
        <translation>Loket Anjungan - {office}</translation>
    </message>
    <message>
        <source>MPP counter</source>
        <translation>Loket MPP</translation>
    </message>
    <message>
        <source>Device {device}. Work is saved on this computer first, even offline.</source>
        <translation>Perangkat {device}. Pekerjaan disimpan dahulu di komputer ini, juga saat luring.</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>5. Documents checked</source>
        <translation>5. Dokumen yang diperiksa</translation>
    </message>
    <message>
        <source>Tick each original document you have seen. Space ticks.</source>
        <translation>Centang setiap dokumen asli yang sudah dilihat. Tombol spasi untuk mencentang.</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <source>2. Family, as on the family card (KK)</source>
        <translation>2. Keluarga, sesuai Kartu Keluarga (KK)</translation>
    </message>
    <message>
        <source>KK number</source>
        <translation>Nomor KK</translation>
    </message>
    <message>
        <source>16 digits</source>
        <translation>16 digit</translation>
    </message>
    <message>
        <source>Members on the KK</source>
        <translation>Jumlah anggota di KK</translation>
    </message>
    <message>
        <source>Type each NIK: birth date, sex and region fill in by themselves. Enter moves on; after the last member it goes to the next page.</source>
        <translation>Ketik NIK setiap anggota: tanggal lahir, jenis kelamin, dan wilayah terisi sendiri. Enter pindah ke kolom berikutnya; setelah anggota terakhir pindah ke halaman berikutnya.</translation>
    </message>
    <message>
        <source>Add member (Ctrl+M)</source>
        <translation>Tambah anggota (Ctrl+M)</translation>
    </message>
</context>
<context>
    <name>FamilyTable</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <source>Studying</source>
        <translation>Sekolah</translation>
    </message>
    <message>
        <source>Born (from NIK)</source>
        <translation>Lahir (dari NIK)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>JK</translation>
    </message>
    <message>
        <source>Issued in</source>
        <translation>Wilayah terbit</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Membership status</source>
        <translation>Status kepesertaan</translation>
    </message>
    <message>
        <source>Is my JKN card active?</source>
        <translation>Apakah kartu JKN saya aktif?</translation>
    </message>
    <message>
        <source>Contribution bill</source>
        <translation>Tagihan iuran</translation>
    </message>
    <message>
        <source>Monthly iuran and arrears</source>
        <translation>Iuran bulanan dan tunggakan</translation>
    </message>
    <message>
        <source>Virtual account</source>
        <translation>Virtual account</translation>
    </message>
    <message>
        <source>How and where to pay</source>
        <translation>Cara dan tempat membayar</translation>
    </message>
    <message>
        <source>Find a facility</source>
        <translation>Cari faskes</translation>
    </message>
    <message>
        <source>Clinics, hospitals, offices</source>
        <translation>Klinik, rumah sakit, kantor</translation>
    </message>
    <message>
        <source>Info JKN</source>
        <translation>Info JKN</translation>
    </message>
    <message>
        <source>Rights, benefits, rules</source>
        <translation>Hak, manfaat, ketentuan</translation>
    </message>
    <message>
        <source>Change FKTP or class</source>
        <translation>Ubah FKTP atau kelas</translation>
    </message>
    <message>
        <source>Request a change</source>
        <translation>Ajukan perubahan</translation>
    </message>
    <message>
        <source>Queue ticket</source>
        <translation>Nomor antrean</translation>
    </message>
    <message>
        <source>Take a number for the counter</source>
        <translation>Ambil nomor untuk loket</translation>
    </message>
    <message>
        <source>Rate our service</source>
        <translation>Nilai layanan kami</translation>
    </message>
    <message>
        <source>Tell us how we did</source>
        <translation>Sampaikan pendapat Anda</translation>
    </message>
    <message>
        <source>Welcome to AMAN JKN</source>
        <translation>Selamat datang di AMAN JKN</translation>
    </message>
    <message>
        <source>Touch a service to begin. Your data is cleared when you finish.</source>
        <translation>Sentuh salah satu layanan untuk mulai. Data Anda dihapus setelah selesai.</translation>
    </message>
</context>
<context>
    <name>InfoRequestsController</name>
    <message>
        <source>Press a topic to log a question answered.</source>
        <translation>Tekan topik untuk mencatat pertanyaan yang sudah dijawab.</translation>
    </message>
    <message>
        <source>Logged at {time}: {topic} ({channel}).</source>
        <translation>Tercatat pukul {time}: {topic} ({channel}).</translation>
    </message>
    <message>
        <source>Not logged because of an unexpected error. Press the topic again.</source>
        <translation>Belum tercatat karena kesalahan tak terduga. Tekan topiknya lagi.</translation>
    </message>
</context>
<context>
    <name>InfoRequestsView</name>
    <message>
        <source>Today: {n} information requests</source>
        <translation>Hari ini: {n} permintaan informasi</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Langsung</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Tertulis</translation>
    </message>
    <message>
        <source>Information requests</source>
        <translation>Permintaan informasi</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>JKN card number complete. Press OK, or keep typing if this is a family card number.</source>
        <translation>Nomor kartu JKN lengkap. Tekan OK, atau lanjutkan mengetik bila ini nomor KK.</translation>
    </message>
    <message>
        <source>JKN card number complete. Press OK, or keep typing if this is a NIK.</source>
        <translation>Nomor kartu JKN lengkap. Tekan OK, atau lanjutkan mengetik bila ini NIK.</translation>
    </message>
    <message>
        <source>NIK complete. Check it against your KTP, then press OK.</source>
        <translation>NIK lengkap. Cocokkan dengan KTP Anda, lalu tekan OK.</translation>
    </message>
    <message>
        <source>Family card number complete. Check it, then press OK.</source>
        <translation>Nomor KK lengkap. Periksa kembali, lalu tekan OK.</translation>
    </message>
    <message>
        <source>Type the 16-digit family card (KK) number or the 13-digit number on your JKN card.</source>
        <translation>Ketik nomor KK (16 angka) atau nomor kartu JKN (13 angka).</translation>
    </message>
    <message>
        <source>Type the 16-digit NIK on your KTP or the 13-digit number on your JKN card.</source>
        <translation>Ketik NIK pada KTP (16 angka) atau nomor kartu JKN (13 angka).</translation>
    </message>
    <message>
        <source>Digits typed: %1. A JKN card number has 13 digits, a family card 16.</source>
        <translation>Sudah %1 angka. Nomor kartu JKN 13 angka, nomor KK 16 angka.</translation>
    </message>
    <message>
        <source>Digits typed: %1. A JKN card number has 13 digits, a NIK 16.</source>
        <translation>Sudah %1 angka. Nomor kartu JKN 13 angka, NIK 16 angka.</translation>
    </message>
    <message>
        <source>A family card number has 16 digits: %1 more to go.</source>
        <translation>Nomor KK harus 16 angka — kurang %1 angka.</translation>
    </message>
    <message>
        <source>A NIK has 16 digits: %1 more to go.</source>
        <translation>NIK harus 16 angka — kurang %1 angka.</translation>
    </message>
    <message>
        <source>Family card (KK) or JKN card number</source>
        <translation>Nomor KK atau nomor kartu JKN</translation>
    </message>
    <message>
        <source>NIK or JKN card number</source>
        <translation>NIK atau nomor kartu JKN</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Hapus semua</translation>
    </message>
    <message>
        <source>Clear all digits</source>
        <translation>Hapus semua angka</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Hapus angka terakhir</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>AMAN JKN kiosk</source>
        <translation>Anjungan AMAN JKN</translation>
    </message>
    <message>
        <source>AMAN JKN</source>
        <translation>AMAN JKN</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Huruf besar</translation>
    </message>
</context>
<context>
    <name>MemberRow</name>
    <message>
        <source>{date} ({age} y)</source>
        <translation>{date} ({age} th)</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>16 digits</source>
        <translation>16 digit</translation>
    </message>
    <message>
        <source>As on the KK</source>
        <translation>Sesuai KK</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>Child still in formal education (covered until 25)</source>
        <translation>Anak masih sekolah/kuliah (ditanggung sampai 25 tahun)</translation>
    </message>
    <message>
        <source>Remove this member (Ctrl+Delete)</source>
        <translation>Hapus anggota ini (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Hubungan</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Call Care Center 165 or come to the counter.</source>
        <translation>Hubungi Care Center 165 atau datang ke loket.</translation>
    </message>
    <message>
        <source>Please take a queue number for the counter.</source>
        <translation>Silakan ambil nomor antrean untuk loket.</translation>
    </message>
    <message>
        <source>Please try again in a few minutes.</source>
        <translation>Silakan coba lagi dalam beberapa menit.</translation>
    </message>
    <message>
        <source>Check the number and type it again.</source>
        <translation>Periksa nomornya dan ketik ulang.</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informasi</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Kesalahan</translation>
    </message>
</context>
<context>
    <name>NotYetView</name>
    <message>
        <source>Queue: not available yet</source>
        <translation>Antrean: belum tersedia</translation>
    </message>
    <message>
        <source>Calling queue numbers needs the connection to the office server, which this version does not have yet. Call participants as usual; registrations, complaints and information requests work here already.</source>
        <translation>Pemanggilan nomor antrean memerlukan sambungan ke server kantor, yang belum ada di versi ini. Panggil peserta seperti biasa; pendaftaran, pengaduan, dan permintaan informasi sudah bisa dilayani di sini.</translation>
    </message>
    <message>
        <source>Sync: not available yet</source>
        <translation>Sinkronisasi: belum tersedia</translation>
    </message>
    <message>
        <source>Everything saved at this counter is kept on this computer with a numbered outbox entry. Sending it to the server comes in a later version; nothing saved here is lost meanwhile.</source>
        <translation>Semua yang disimpan di loket ini tersimpan di komputer ini dengan nomor antrean kirim (outbox). Pengiriman ke server hadir di versi berikutnya; sementara itu tidak ada data yang hilang.</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>Offline — no saved data on this kiosk yet.</source>
        <translation>Mode luring — belum ada data tersimpan di anjungan ini.</translation>
    </message>
    <message>
        <source>Offline — data last updated %1.</source>
        <translation>Mode luring — data terakhir diperbarui %1.</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>baru saja</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>1 menit lalu</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>%1 menit lalu</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>1 jam lalu</translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation>%1 jam lalu</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>1 hari lalu</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1 hari lalu</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Luring</translation>
    </message>
</context>
<context>
    <name>PendingView</name>
    <message>
        <source>Not available at this kiosk yet</source>
        <translation>Belum tersedia di anjungan ini</translation>
    </message>
    <message>
        <source>This service is not available at this kiosk yet. Please take a queue number for the counter, or call BPJS Kesehatan Care Center 165.</source>
        <translation>Layanan ini belum tersedia di anjungan ini. Silakan ambil nomor antrean untuk loket, atau hubungi BPJS Kesehatan Care Center 165.</translation>
    </message>
    <message>
        <source>Back to home</source>
        <translation>Kembali ke menu utama</translation>
    </message>
</context>
<context>
    <name>RegistrationController</name>
    <message>
        <source>– choose –</source>
        <translation>– pilih –</translation>
    </message>
    <message>
        <source>Some fields need fixing: see the messages in red.</source>
        <translation>Beberapa isian perlu diperbaiki: lihat pesan berwarna merah.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>The registration could not be saved because of an unexpected error. Nothing was lost from the form: try again, and call support if it repeats.</source>
        <translation>Pendaftaran tidak dapat disimpan karena kesalahan tak terduga. Isian formulir tidak hilang: coba lagi, dan hubungi dukungan teknis bila terulang.</translation>
    </message>
</context>
<context>
    <name>RegistrationView</name>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Simpan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Lanjut</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>New participant registration</source>
        <translation>Pendaftaran peserta baru</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmen</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>FKTP and class</source>
        <translation>FKTP dan kelas</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Autodebit</source>
        <translation>Autodebet</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Periksa</translation>
    </message>
    <message>
        <source>Enter: next field  ·  Alt+→ next page  ·  Alt+← back  ·  Ctrl+M add member</source>
        <translation>Enter: kolom berikutnya  ·  Alt+→ halaman berikutnya  ·  Alt+← kembali  ·  Ctrl+M tambah anggota</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>M</source>
        <translation>L</translation>
    </message>
    <message>
        <source>F</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Lahir</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>JK</translation>
    </message>
    <message>
        <source>Class {n}</source>
        <translation>Kelas {n}</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmen</translation>
    </message>
    <message>
        <source>KK number</source>
        <translation>Nomor KK</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Nomor HP</translation>
    </message>
    <message>
        <source>FKTP</source>
        <translation>FKTP</translation>
    </message>
    <message>
        <source>Care class</source>
        <translation>Kelas rawat</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Autodebit</source>
        <translation>Autodebet</translation>
    </message>
    <message>
        <source>First payment</source>
        <translation>Pembayaran pertama</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} sampai {last}</translation>
    </message>
    <message>
        <source>7. Check with the participant, then save</source>
        <translation>7. Periksa bersama peserta, lalu simpan</translation>
    </message>
    <message>
        <source>Saving keeps the registration on this computer at once, even without a network; it is sent to the server when the connection is back.</source>
        <translation>Saat disimpan, pendaftaran langsung tersimpan di komputer ini, juga tanpa jaringan; data dikirim ke server saat sambungan tersedia lagi.</translation>
    </message>
</context>
<context>
    <name>SavedPage</name>
    <message>
        <source>{n} members, {segment}, registered {day}.</source>
        <translation>{n} anggota, {segment}, didaftarkan {day}.</translation>
    </message>
    <message>
        <source>First contribution payment: from {first} to {last}.</source>
        <translation>Pembayaran iuran pertama: mulai {first} sampai {last}.</translation>
    </message>
    <message>
        <source>Give the participant this provisional reference. Card numbers and the virtual account follow when the server has received the registration.</source>
        <translation>Berikan nomor referensi sementara ini kepada peserta. Nomor kartu dan virtual account menyusul setelah server menerima pendaftaran.</translation>
    </message>
    <message>
        <source>Registration saved</source>
        <translation>Pendaftaran tersimpan</translation>
    </message>
    <message>
        <source>New registration (Ctrl+N)</source>
        <translation>Pendaftaran baru (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>SegmentPage</name>
    <message>
        <source>Choose the segment to see what to bring.</source>
        <translation>Pilih segmen untuk melihat persyaratannya.</translation>
    </message>
    <message>
        <source>Documents: {docs}</source>
        <translation>Dokumen: {docs}</translation>
    </message>
    <message>
        <source>Every member on the family card (KK) registers together.</source>
        <translation>Seluruh anggota keluarga dalam Kartu Keluarga (KK) didaftarkan bersama.</translation>
    </message>
    <message>
        <source>Autodebit savings account at {banks}.</source>
        <translation>Rekening tabungan autodebet di {banks}.</translation>
    </message>
    <message>
        <source>Stamp duty {amount}.</source>
        <translation>Meterai {amount}.</translation>
    </message>
    <message>
        <source>What the participant brings</source>
        <translation>Yang dibawa peserta</translation>
    </message>
    <message>
        <source>1. Participant segment</source>
        <translation>1. Segmen kepesertaan</translation>
    </message>
</context>
<context>
    <name>StillThereDialog</name>
    <message>
        <source>Still there?</source>
        <translation>Masih di sana?</translation>
    </message>
    <message>
        <source>%1 seconds left</source>
        <translation>Sisa %1 detik</translation>
    </message>
    <message>
        <source>For your privacy, this screen closes and your data is cleared when the count reaches zero. Touch the screen to continue.</source>
        <translation>Demi keamanan data Anda, layar ini ditutup dan data Anda dihapus saat hitungan mencapai nol. Sentuh layar untuk melanjutkan.</translation>
    </message>
    <message>
        <source>Yes, continue</source>
        <translation>Ya, lanjutkan</translation>
    </message>
</context>
<context>
    <name>TouchKeyboard</name>
    <message>
        <source>Clear</source>
        <translation>Hapus semua</translation>
    </message>
    <message>
        <source>Clear all text</source>
        <translation>Hapus semua teks</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spasi</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Delete the last letter</source>
        <translation>Hapus huruf terakhir</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>en</source>
        <translation>id</translation>
    </message>
</context>
</TS>
